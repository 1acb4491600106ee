export function serveStatic(dir: string, options?: { port?: number; host?: string }): Promise<{ url: string; close: () => Promise<void> }>;
export function staticHandler(dir: string): (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next?: () => void) => void;
