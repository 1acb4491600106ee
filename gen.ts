import { generateSite } from './src/tools/generate-site.ts';
console.log(generateSite(process.argv[2]!, Number(process.argv[3])));
