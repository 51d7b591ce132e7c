// Reads the forms it is given: which response they are is known only from
// its callers in other modules.
export function titles(forms) {
  return forms.map((f) => f.title); // want "KB403 field title"
}

export const ids = (forms) => forms.filter(Boolean).map(({ id_string }) => id_string); // want "KB401 field id_string"

function counts(forms) {
  return forms.map((f) => [f.title, f.num_of_submissions]);
}

// exported, but called here too: its parameter is not read as what other
// modules pass
export function label(form) {
  return `${form.title} (${form.description})`;
}

export function labels(list) {
  return list.map((x) => label({ title: x, description: "" }));
}

export { counts };

export function owners(forms) {
  return forms.map((f) => f.owner); // want "KB411 field owner"
}
