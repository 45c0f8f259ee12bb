import type { Language } from '$lib/domain';

/** The shape of a message bundle, taken from its English version with literal types widened. */
export type Messages<T> = {
	[K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

/** One bundle per language; TypeScript fails the build when a language lacks a key. */
export type Catalog<T> = Record<Language, Messages<T>>;
