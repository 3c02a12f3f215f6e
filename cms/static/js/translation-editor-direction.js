// Gives the fields of wagtail-localize's translation editor the target language's lang and dir.
(() => {
  const script = document.currentScript;
  const rtlLanguages = (script && script.dataset.rtlLanguages ? script.dataset.rtlLanguages : "").split(" ");

  const start = () => {
    const editor = document.querySelector(".js-translation-editor");
    if (!editor) return;
    const { locale } = JSON.parse(editor.dataset.props);
    const direction = (code) => (rtlLanguages.includes(code.split("-")[0]) ? "rtl" : "ltr");

    const apply = () => {
      editor.querySelectorAll("textarea, input[type='text']").forEach((field) => {
        if (field.lang !== locale.code) {
          field.lang = locale.code;
          field.dir = direction(locale.code);
        }
      });
    };
    new MutationObserver(apply).observe(editor, { childList: true, subtree: true });
    apply();
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
