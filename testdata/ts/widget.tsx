import React, { useEffect, useState } from 'react';

const SERVER = 'https://kc.kobotoolbox.org'; // want "KB101 host"

type Form = { formid: number; title: string }; // want "KB410 field formid" "KB403 field title"

export function FormList({ token }: { token: string }) {
  const [forms, setForms] = useState<Form[]>([]);
  useEffect(() => {
    fetch(`${SERVER}/api/v1/forms`, { headers: { Authorization: `Token ${token}` } }) // want "KB210 endpoint"
      .then((r) => r.json() as Promise<Form[]>)  // want "KB501 shape"
      .then(setForms);
    document.title = 'Forms';
  }, [token]);
  return (
    <ul title="Project list">
      {forms.map((f) => (
        <li key={f.formid}>{f.title}</li> // want "KB410 field formid" "KB403 field title"
      ))}
    </ul>
  );
}
