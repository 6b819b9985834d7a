// Each area of the app keeps its messages in pages/<area>.<lang>.json, so the job pages grow
// their own files instead of one long file per language. Areas must not share top-level keys.
/** A message tree, as svelte-i18n's addMessages takes it. */
export type Messages = { [key: string]: Messages | string };

const files = import.meta.glob<Messages>('./pages/*.json', { eager: true, import: 'default' });

function messagesFor(lang: string): Messages {
  const merged: Messages = {};
  for (const [path, messages] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    if (!path.endsWith(`.${lang}.json`)) continue;
    for (const [key, value] of Object.entries(messages)) {
      if (key in merged) throw new Error(`i18n: top-level key "${key}" appears twice (${path})`);
      merged[key] = value;
    }
  }
  return merged;
}

export const MESSAGES = { zh: messagesFor('zh'), en: messagesFor('en') };
