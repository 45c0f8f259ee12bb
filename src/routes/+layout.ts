// A single-page app: every page is a prerendered shell; data comes from IndexedDB in the browser.
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'always';
