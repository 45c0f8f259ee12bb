// Where the keyboard starts after moving to another page.

/** How long to wait for a page to load its data before giving up on moving focus. */
const WAIT_MS = 5000;

/**
 * Moves focus to the new page's heading once its data is there (`<main aria-busy="false">`), so
 * keyboard and screen-reader users start at the top of the new page instead of on the body (after
 * "New assessment" that was 16 Tab presses to the first field). Leaves focus alone when the user
 * has already put it somewhere, or when the page has no heading within WAIT_MS.
 */
export function focusPageHeading(): void {
	const started = performance.now();
	const look = () => {
		const active = document.activeElement;
		if (active && active !== document.body) return;
		const main = document.querySelector('main');
		const heading = main?.getAttribute('aria-busy') === 'false' ? main.querySelector('h1') : null;
		if (heading) {
			if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
			heading.focus();
			return;
		}
		if (performance.now() - started < WAIT_MS) requestAnimationFrame(look);
	};
	requestAnimationFrame(look);
}
