// Status page of the NGO's own services: no Kobo here.
const STATUS_API = 'https://status.myngo.org/api/v1';

async function incidents() {
  const res = await fetch(`${STATUS_API}/incidents`);
  const list = await res.json();
  return list.map((i) => ({ title: i.title, tags: i.tags, owner: i.owner, url: i.url }));
}

function page() {
  document.title = 'Status';
  const meta = { title: 'Status', description: 'Service status', tags: ['ops'] };
  return meta.title + meta.description;
}

module.exports = { incidents, page };
