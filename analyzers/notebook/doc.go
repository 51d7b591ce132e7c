/*
Package notebook is the front-end for Jupyter notebooks (.ipynb, nbformat 4
and the worksheets of nbformat 3).

The notebook is parsed as JSON with offsets (analyzers/text/jsonx); a file
that is not valid JSON, or not a notebook, is an error naming the line and
column. Outputs are never read.

The kernel language (metadata.kernelspec.language, language_info.name,
kernelspec.name) decides what code cells are. All code cells of the kernel
language form one virtual program, so that a BASE_URL set in cell 1 and
used in cell 5 is resolved: Python cells go to analyzers/python, R cells to
analyzers/r, bash-kernel cells to analyzers/shell, others to the URL scan.
In Python notebooks, `!cmd` lines and %%bash/%%sh/%%script bash cells form
a shell program, %%R cells an R program, `%env NAME=value` is a setting
under NAME, %time/%timeit/%prun keep their statement, other magics are
blanked out (same length), and %%html/%%javascript/%%writefile... cells are
scanned for URLs. Markdown cells are read as Markdown (RoleDoc prose,
fences to their front-ends); raw cells are skipped.

Every span is mapped back to the .ipynb bytes: each decoded byte of a cell
knows the file bytes it came from, so an escape (\" \n \u00e9 \/) makes the
Lit parts that cross it non-raw (not editable in place), and lines of
findings are lines of the .ipynb file. File.EditText escapes replacement
text for a JSON string. ApplyEdits / ApplyEdit apply edits given in file
coordinates with cell text as the new text, refuse spans that leave one JSON
string or cut an escape, and keep the notebook valid JSON: fixers should
call them (or splice EditText output) for notebooks.

File.Lang is the language the engine writes fixes in: a notebook whose
code is in one language (an R kernel, Python without %%R cells or ! lines)
is that language's file ("r", "python", "shell"); a mixed one stays
"notebook" (fixed as Python), and the field reads of its R and shell cells
carry no Access or Expr, so that no fix writes Python syntax into them.
The engine would need a language per read (or per URL) to fix those too.

Not covered: cell-level language overrides (SoS, polyglot notebooks), IPython
`x = !cmd` assignments (blanked), Python variables used inside `!` lines.
*/
package notebook
