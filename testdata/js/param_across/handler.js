// An Express handler: no code here calls it, but what it is given is a
// request, and no module of the repository passes it a response.
export function formCount(req, res) {
  res.json({ n: req.body.num_of_submissions, id: req.params.id_string });
}
