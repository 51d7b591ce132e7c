// The form list, decoded into the ambient KoboForm.
export async function forms(token: string): Promise<KoboForm[]> {
  const res = await fetch('https://kf.kobotoolbox.org/api/v1/forms', { headers: { Authorization: `Token ${token}` } }); // want "KB210"
  return (await res.json()) as KoboForm[]; // want "KB501"
}
