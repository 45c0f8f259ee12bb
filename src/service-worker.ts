/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Precaches the whole build (app shell, every route, questionnaire and catalogue chunks, Chart.js,
// the report worker), so that after one visit the diagnostic works with no network at all.
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `mds-${version}`;
const ASSETS = [...build, ...files, ...prerendered];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(ASSETS);
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	if (event.request.method !== 'GET') return;
	const url = new URL(event.request.url);
	// Only our own origin; the app makes no other requests, and we never proxy any.
	if (url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Routes carry their parameters in the query string: /results/?id=… is the /results/ shell.
			const hit = await cache.match(url.pathname, { ignoreSearch: true });
			if (hit) return hit;
			try {
				return await fetch(event.request);
			} catch {
				// Unknown path while offline: the SPA fallback shell routes it on the client.
				return (
					(await cache.match('/200.html')) ??
					(await cache.match('/')) ??
					new Response('Offline', { status: 503 })
				);
			}
		})()
	);
});
