// Text written in the admin takes its own language's lang and dir, whatever the admin's language.
// - A page's edit and create forms (and a translatable snippet's): the text fields, rich text editors and
//   StreamField block fields, blocks added later included, take the locale Wagtail gives the form
//   (ACTIVE_CONTENT_LOCALE in its wagtail-config). Labels, help text and buttons keep the admin's direction.
// - wagtail-localize's translation editor, which sets neither (wagtail-localize#197): each source segment takes the
//   source locale, each translation the target locale.
(() => {
  const script = document.currentScript;
  const rtlLanguages = (script && script.dataset.rtlLanguages ? script.dataset.rtlLanguages : "").split(" ");
  const direction = (code) => (rtlLanguages.includes(code.split("-")[0]) ? "rtl" : "ltr");

  // Wagtail names a field's wrapper after its widget: these widgets hold text in the content's language.
  const TEXT_FIELDS = [
    ".w-field--text_input",
    ".w-field--textarea",
    ".w-field--admin_auto_height_text_input",
    ".w-field--slug_input",
    ".w-field--admin_tag_widget",
    ".w-field--draftail_rich_text_area",
    ".w-field--table_input",
  ].join(", ");
  // Draftail's "/" command search is the admin's, not the content's.
  const TEXT_ENTRIES = "input[type='text']:not([role='combobox']), textarea, [contenteditable='true']";

  const mark = (element, code) => {
    if (element.lang !== code) {
      element.lang = code;
      element.dir = direction(code);
    }
  };

  const within = (node, selector) => [...(node.matches(selector) ? [node] : []), ...node.querySelectorAll(selector)];

  // Marks what is there now, then what React, Draftail and the StreamField add later.
  const watch = (root, scan) => {
    scan(root);
    new MutationObserver((records) => {
      records.forEach((record) => {
        record.addedNodes.forEach((node) => {
          if (node.nodeType === Node.ELEMENT_NODE) scan(node);
        });
      });
    }).observe(root, { childList: true, subtree: true });
  };

  const editForm = () => {
    const form = document.querySelector("form[data-edit-form]");
    const config = document.getElementById("wagtail-config");
    const code = form && config ? JSON.parse(config.textContent).ACTIVE_CONTENT_LOCALE : null;
    if (!code) return;
    watch(form, (node) => {
      within(node, TEXT_ENTRIES).forEach((entry) => {
        const field = entry.closest(".w-field");
        if (field && field.matches(TEXT_FIELDS)) mark(entry, code);
      });
    });
  };

  // A segment is an <li>: the field's label (<h4>), the source (<p>), then the translation (a <div> to read,
  // a <textarea> to edit).
  const translationEditor = () => {
    const editor = document.querySelector(".js-translation-editor");
    if (!editor) return;
    const { sourceLocale, locale } = JSON.parse(editor.dataset.props);
    watch(editor, (node) => {
      within(node, "li > p").forEach((source) => mark(source, sourceLocale.code));
      within(node, "li > p ~ div, textarea, input[type='text']").forEach((target) => mark(target, locale.code));
    });
  };

  const start = () => {
    editForm();
    translationEditor();
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
