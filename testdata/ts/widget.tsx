import React, { useEffect, useState } from 'react';

const SERVER = 'https://kc.kobotoolbox.org'; // want "host"

type Form = { formid: number; title: string }; // want "field formid" "field title"

export function FormList({ token }: { token: string }) {
  const [forms, setForms] = useState<Form[]>([]);
  useEffect(() => {
    fetch(`${SERVER}/api/v1/forms`, { headers: { Authorization: `Token ${token}` } }) // want "endpoint"
      .then((r) => r.json() as Promise<Form[]>)  // want "shape"
      .then(setForms);
    document.title = 'Forms';
  }, [token]);
  return (
    <ul title="Project list">
      {forms.map((f) => (
        <li key={f.formid}>{f.title}</li> // want "field formid" "field title"
      ))}
    </ul>
  );
}
