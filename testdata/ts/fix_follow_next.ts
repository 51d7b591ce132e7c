// A v1 list fetched, decoded and declared in one statement gets a loop
// that follows next; a declaration with a type does not (the page is not
// of that type): its page's results are read by hand.
const KPI = "https://kf.kobotoolbox.org";

interface Form {
  uid: string;
}

export async function forms(token: string): Promise<number> {
  const headers = { Authorization: `Token ${token}` };
  const all = await (await fetch(`${KPI}/api/v1/data`, { headers })).json(); // want "KB201" "KB501"
  const typed: Form[] = await (await fetch(`${KPI}/api/v1/data`, { headers })).json(); // want "KB201" "KB501"
  return all.length + typed.length;
}
