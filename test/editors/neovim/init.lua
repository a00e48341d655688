-- Drives one LSP session in headless Neovim 0.7 (vim.lsp.start_client; vim.lsp.start is 0.8+).
-- Everything the test needs is read from a JSON file named by $ITEM1C_NVIM_CONFIG, so no path or
-- text has to be escaped into Lua source. Results are written as JSON files into cfg.outDir.
local cfg = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv('ITEM1C_NVIM_CONFIG')), '\n'))

local function write_json(name, value)
  vim.fn.writefile({ vim.fn.json_encode(value) }, cfg.outDir .. '/' .. name)
end

-- Raw LSP diagnostics as last published for the draft, so the code action request carries
-- exactly what the server sent (including `data`), not Neovim's byte-column conversion.
local published = { count = 0, diagnostics = {} }

local function has_code(diagnostics, code)
  for _, d in ipairs(diagnostics) do
    if d.code == code then return true end
  end
  return false
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(cfg.draft))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown'
  local uri = vim.uri_from_bufnr(bufnr)

  local client_id = vim.lsp.start_client({
    name = 'item1c',
    cmd = cfg.cmd,
    root_dir = cfg.root,
    -- The default workspace/configuration handler answers from here: no debounce keeps it fast.
    settings = { item1c = { debounceMs = 0 } },
    init_options = { snippetInsertion = false },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        if result and result.uri == uri then
          published.count = published.count + 1
          published.diagnostics = result.diagnostics
        end
        return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
      end,
    },
  })
  assert(client_id, 'vim.lsp.start_client returned nil')
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'vim.lsp.buf_attach_client failed')

  local arrived = vim.wait(cfg.timeoutMs, function()
    return #published.diagnostics > 0 and #vim.diagnostic.get(bufnr) > 0
  end, 20)
  assert(arrived, 'no diagnostics from the server within ' .. cfg.timeoutMs .. ' ms')
  write_json('before.json', { lsp = published.diagnostics, vim = vim.diagnostic.get(bufnr) })

  -- The outline, as :lua vim.lsp.buf.document_symbol() asks for it.
  local symbols = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', { textDocument = { uri = uri } }, cfg.timeoutMs)
  assert(symbols, 'textDocument/documentSymbol timed out')
  for _, response in pairs(symbols) do
    assert(not response.err, 'textDocument/documentSymbol failed: ' .. vim.inspect(response.err))
    write_json('symbols.json', response.result or {})
  end

  local target
  for _, d in ipairs(published.diagnostics) do
    if d.code == cfg.code then target = d end
  end
  assert(target, 'no diagnostic with code ' .. cfg.code)

  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = target.range,
    context = { diagnostics = { target }, only = { 'quickfix' } },
  }, cfg.timeoutMs)
  assert(responses, 'textDocument/codeAction timed out')
  -- Fixes for every diagnostic on the same range may come back; take the first one that
  -- names the target diagnostic, as a user choosing from that diagnostic's menu would.
  local action
  for _, response in pairs(responses) do
    assert(not response.err, 'textDocument/codeAction failed: ' .. vim.inspect(response.err))
    for _, a in ipairs(response.result or {}) do
      local is_fix = a.edit and type(a.title) == 'string' and vim.startswith(a.title, cfg.fixTitlePrefix)
      if not action and is_fix and has_code(a.diagnostics or {}, cfg.code) then
        action = a
      end
    end
  end
  assert(action, 'no quick fix for ' .. cfg.code .. ' with an edit whose title starts with "' .. cfg.fixTitlePrefix .. '"')
  write_json('action.json', action)

  local seen = published.count
  vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
  -- Wait for a publish that reflects the edit; on timeout the test reports what it last saw.
  vim.wait(cfg.timeoutMs, function()
    return published.count > seen and not has_code(published.diagnostics, cfg.code)
  end, 20)
  write_json('after.json', { lsp = published.diagnostics, vim = vim.diagnostic.get(bufnr), publishes = published.count - seen })
  vim.fn.writefile(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), cfg.outDir .. '/buffer.md')
end

vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  callback = function()
    -- Scheduled so that vim.wait runs outside startup, where the event loop is fully serviced.
    vim.schedule(function()
      local ok, err = pcall(run)
      write_json('status.json', { ok = ok, error = ok and vim.NIL or tostring(err) })
      vim.cmd('qa!')
    end)
  end,
})
