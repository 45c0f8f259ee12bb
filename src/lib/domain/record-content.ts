// Pure domain code. Comparing what assessment records hold, apart from the import and merge
// (transfer.ts) that use it too: starting an assessment needs it, the import code can wait.
import type { Assessment } from './record';

/** The content that matters for equality: everything but bookkeeping that moves on every save. */
export function content(a: Assessment): string {
	const { revision: _r, updatedAt: _u, lastStep: _l, ...rest } = a;
	return canonical(rest);
}

/**
 * Whether the user entered something since the assessment was started: its content (see
 * `content`: all but where the user is in the steps and the bookkeeping of edits) differs from
 * the record as it was created, or copied from the previous assessment. Until then nothing is
 * stored, so that opening "New assessment" and leaving again leaves no empty company behind.
 *
 *   created, then lastStep 'profile' -> 'digital-factory' -> false
 *   created, then profile.name 'Acme'                      -> true
 */
export function enteredSomething(started: Assessment, current: Assessment): boolean {
	return content(started) !== content(current);
}

/** JSON with object keys sorted, so two equal records compare equal whatever their key order. */
export function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) => {
		if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
		return Object.fromEntries(
			Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		);
	});
}
