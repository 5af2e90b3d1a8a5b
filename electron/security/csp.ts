/** The renderer's Content-Security-Policy: only the app's own scripts, no eval, nothing remote. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // Mantine writes its theme variables into a <style> element at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export const APP_SCHEME = 'app';
export const APP_HOST = 'ropa';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
