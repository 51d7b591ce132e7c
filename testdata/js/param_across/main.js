import { formList } from "./kc.js";
import { onaForms } from "./partner.js";
import { show } from "./relay.js";
import { titles, ids, counts, label } from "./report.js";
const report = require("./store.js");

const forms = await formList("t");
console.log(titles(forms), ids(await formList("t")));
console.log(counts(await onaForms()));
await report.save(fetch, forms);
console.log(label(forms[0]));
show(await formList("t"));
