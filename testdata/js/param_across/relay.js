// Hands the forms it is given on to another module's function.
import { owners } from "./report.js";

export function show(forms) {
  console.log(owners(forms));
}
