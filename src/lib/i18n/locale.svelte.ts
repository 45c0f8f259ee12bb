// The interface language: chosen on the start page, remembered on this device, and mirrored on
// <html lang>. An assessment also records its own language (for the PDF).
import { LANGUAGES, type Language } from '$lib/domain';

const STORAGE_KEY = 'mds.language';

function initial(): Language {
	if (typeof localStorage !== 'undefined') {
		const stored = localStorage.getItem(STORAGE_KEY);
		if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as Language;
	}
	if (typeof navigator !== 'undefined') {
		for (const tag of navigator.languages ?? []) {
			const base = tag.slice(0, 2).toLowerCase();
			if ((LANGUAGES as readonly string[]).includes(base)) return base as Language;
		}
	}
	return 'nl';
}

class Locale {
	#current = $state<Language>(initial());

	get current(): Language {
		return this.#current;
	}

	set current(language: Language) {
		this.#current = language;
		try {
			localStorage.setItem(STORAGE_KEY, language);
		} catch {
			// Private mode or storage disabled: the choice lasts for this visit only.
		}
		if (typeof document !== 'undefined') document.documentElement.lang = language;
	}
}

export const locale = new Locale();
