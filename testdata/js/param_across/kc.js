// The module that requests KoboCAT's form list.
export async function formList(token) {
  const r = await fetch("https://kc.kobotoolbox.org/api/v1/forms", { headers: { Authorization: `Token ${token}` } }); // want "KB101 host" "KB210 endpoint"
  return r.json(); // want "KB501 shape"
}
