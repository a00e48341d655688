;;; eglot-driver.el --- one headless eglot session against the item1c server  -*- lexical-binding: t; -*-

;; Run as: emacs --batch -l eglot-driver.el, with $ITEM1C_EMACS_CONFIG naming a JSON file:
;;   {"cmd": [...], "draft": "/path/draft.md", "root": "/path", "outDir": "/path/out",
;;    "code": "element-id", "fixTitlePrefix": "Insert section", "timeoutMs": 15000}
;; Uses only what Debian's emacs-nox and elpa-eglot provide: eglot talks LSP, flymake shows the
;; diagnostics, and the quick fix comes from `eglot-code-actions' called non-interactively and is
;; applied with eglot's own WorkspaceEdit code, as choosing it from the menu would. Results are
;; written as JSON files into outDir.

;; Debian's site-start puts its elpa-* packages (eglot) on the load path; packages installed with
;; package.el are activated here.
(require 'package)
(package-activate-all)
(require 'json)
(require 'cl-lib)
(require 'eglot)
(require 'flymake)
(require 'imenu)

(defvar item1c-config
  (let ((json-object-type 'plist) (json-array-type 'list) (json-key-type 'keyword))
    (json-read-file (getenv "ITEM1C_EMACS_CONFIG"))))

(defun item1c-cfg (key) (plist-get item1c-config key))

(defun item1c-write (name value)
  (let ((json-encoding-pretty-print nil))
    (with-temp-file (expand-file-name name (item1c-cfg :outDir))
      (insert (json-encode value)))))

(defun item1c-wait (what predicate)
  "Pump process output until PREDICATE holds; signal an error naming WHAT on timeout."
  (let ((deadline (+ (float-time) (/ (item1c-cfg :timeoutMs) 1000.0))))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.02))
    (unless (funcall predicate)
      (error "Timed out waiting for %s" what))))

(defun item1c-lsp-diag (diag)
  "The LSP diagnostic eglot keeps in a flymake diagnostic."
  (cdr (assoc 'eglot-lsp-diag (eglot--diag-data diag))))

(defun item1c-diagnostics ()
  "Flymake's diagnostics in the current buffer, as plists for JSON."
  (mapcar (lambda (d)
            (let ((lsp (item1c-lsp-diag d)))
              (list :line (line-number-at-pos (flymake-diagnostic-beg d))
                    :type (symbol-name (flymake-diagnostic-type d))
                    :text (flymake-diagnostic-text d)
                    :code (plist-get lsp :code)
                    :source (plist-get lsp :source))))
          (flymake-diagnostics)))

(defun item1c-has-code (code &optional diagnostics)
  "Whether DIAGNOSTICS (default: flymake's, in the buffer) include one with CODE."
  (cl-some (lambda (d) (equal (plist-get (item1c-lsp-diag d) :code) code))
           (or diagnostics (flymake-diagnostics))))

(defun item1c-imenu-names (index)
  "Every entry name in the imenu INDEX, nested ones included."
  (cl-loop for entry in index
           when (consp entry)
           append (cons (substring-no-properties (car entry))
                        (and (imenu--subalist-p entry) (item1c-imenu-names (cdr entry))))))

;; Item 1C drafts are Markdown; markdown-mode is not part of Emacs, so a tiny mode stands in.
(define-derived-mode item1c-markdown-mode text-mode "Markdown")

(defun item1c-run ()
  (setq eglot-sync-connect t
        eglot-autoshutdown t
        eglot-send-changes-idle-time 0
        ;; No debounce on the server side, so the test does not wait for it.
        eglot-workspace-configuration '((:item1c . (:debounceMs 0))))
  (find-file (item1c-cfg :draft))
  (item1c-markdown-mode)
  (let ((project (cons 'transient (file-name-as-directory (item1c-cfg :root))))
        (code (item1c-cfg :code)))
    (eglot '(item1c-markdown-mode) project 'eglot-lsp-server (item1c-cfg :cmd) "markdown")
    (item1c-wait "eglot to manage the draft" (lambda () (bound-and-true-p eglot--managed-mode)))
    (item1c-wait "flymake diagnostics from the server" (lambda () (item1c-has-code code)))
    (item1c-write "before.json" (vconcat (item1c-diagnostics)))
    ;; The outline as `M-x imenu' lists it: eglot builds the index from textDocument/documentSymbol.
    (item1c-write "symbols.json" (vconcat (item1c-imenu-names (funcall imenu-create-index-function))))

    ;; Ask for code actions over the target diagnostic, as `M-x eglot-code-actions' there would.
    (let* ((target (cl-find-if (lambda (d) (equal (plist-get (item1c-lsp-diag d) :code) code))
                               (flymake-diagnostics)))
           (actions (eglot-code-actions (flymake-diagnostic-beg target) (flymake-diagnostic-end target)))
           ;; Several diagnostics share the heading line, so several fixes come back: take the
           ;; one that names the target diagnostic, as choosing from that diagnostic's menu would.
           (action (cl-find-if (lambda (a)
                                 (and (string-prefix-p (item1c-cfg :fixTitlePrefix) (plist-get a :title))
                                      (plist-get a :edit)
                                      (cl-some (lambda (d) (equal (plist-get d :code) code))
                                               (plist-get a :diagnostics))))
                               actions)))
      (unless action
        (error "No code action starting with %S among %S" (item1c-cfg :fixTitlePrefix)
               (mapcar (lambda (a) (plist-get a :title)) actions)))
      (item1c-write "action.json" (list :title (plist-get action :title) :edit (plist-get action :edit)))
      (eglot--apply-workspace-edit (plist-get action :edit))
      ;; Send the change now rather than on an idle timer, which batch mode never runs.
      (eglot--signal-textDocument/didChange)
      ;; The server's next publish lands in `eglot--diagnostics'; in batch mode flymake's own
      ;; idle-timer run never comes, so start it explicitly to show that publish.
      (item1c-wait "a publish without the fixed element"
                   (lambda () (and eglot--diagnostics (not (item1c-has-code code eglot--diagnostics)))))
      (flymake-start)
      (item1c-wait "flymake diagnostics without the fixed element" (lambda () (not (item1c-has-code code))))
      (item1c-write "after.json" (vconcat (item1c-diagnostics)))
      (write-region (point-min) (point-max) (expand-file-name "buffer.md" (item1c-cfg :outDir))))))

(condition-case err
    (progn
      (item1c-run)
      (item1c-write "status.json" (list :ok t)))
  (error
   (item1c-write "status.json" (list :ok :json-false :error (error-message-string err)))
   (ignore-errors
     (message "item1c: last publish: %S; flymake: %S"
              (mapcar (lambda (d) (plist-get (item1c-lsp-diag d) :code)) eglot--diagnostics)
              (mapcar (lambda (d) (plist-get (item1c-lsp-diag d) :code)) (flymake-diagnostics))))
   ;; The LSP traffic, for the failure message.
   (ignore-errors
     (with-current-buffer (jsonrpc-events-buffer (eglot-current-server))
       (write-region (point-min) (point-max) (expand-file-name "events.log" (item1c-cfg :outDir)))))))

(ignore-errors (eglot-shutdown (eglot-current-server)))
(kill-emacs 0)
