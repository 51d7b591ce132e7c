-- Shows `kobolint server` in Neovim without a UI:
--   cd WORKSPACE && nvim --headless -u NONE -c 'luafile /path/to/kobolint/scripts/nvim-lsp-demo.lua' FILE
-- It starts the server the way docs/editors.md configures it, waits for the
-- diagnostics of FILE, prints them, the code actions of the first two lines
-- with diagnostics and the hover of the first diagnostic, and quits.
-- vim.lsp.start (Neovim 0.8+) is start_client + buf_attach_client; this
-- script uses the two so that it also runs on Neovim 0.7.
local buf = vim.api.nvim_get_current_buf()
local root = vim.fn.getcwd()
local client = vim.lsp.start_client({
  name = "kobolint",
  cmd = { os.getenv("KOBOLINT") or "kobolint", "server" },
  root_dir = root,
})
vim.lsp.buf_attach_client(buf, client)

local ok = vim.wait(20000, function()
  return #vim.diagnostic.get(buf) > 0
end, 100)
if not ok then
  print("no diagnostics")
  vim.cmd("qall!")
end
for _, d in ipairs(vim.diagnostic.get(buf)) do
  print(string.format("%d:%d %s %s", d.lnum + 1, d.col + 1, d.code or "", d.message))
end

local first = vim.diagnostic.get(buf)[1]
-- the code actions of the first two lines with diagnostics
local lines, seen = {}, {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  if not seen[d.lnum] and #lines < 2 then
    seen[d.lnum] = true
    table.insert(lines, d.lnum)
  end
end
for _, line in ipairs(lines) do
  local results = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = line, character = 0 }, ["end"] = { line = line, character = 999 } },
    context = { diagnostics = {} },
  }, 10000)
  for _, res in pairs(results or {}) do
    for _, a in ipairs(res.result or {}) do
      print(string.format("line %d action [%s] %s", line + 1, a.kind or "", a.title))
    end
  end
end

local hover = vim.lsp.buf_request_sync(buf, "textDocument/hover", {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  position = { line = first.lnum, character = first.col },
}, 10000)
for _, res in pairs(hover or {}) do
  if res.result then
    print("hover: " .. vim.split(res.result.contents.value, "\n")[1])
  end
end
vim.lsp.stop_client(client)
vim.cmd("qall!")
