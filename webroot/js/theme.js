// Colour theme, applied before the page paints (a classic script, so there is no flash of the wrong theme).
// The choice ('auto', 'dark', 'light') is kept in localStorage; 'auto' follows prefers-color-scheme, also when
// the system switches while the page is open. <html data-theme> always holds the theme in effect, which is all
// the CSS looks at; data-theme-choice holds the choice.
(function () {
  var media = window.matchMedia('(prefers-color-scheme: dark)');
  function choice() {
    try { return localStorage.getItem('claimwatch.theme') || 'auto'; } catch (e) { return 'auto'; }
  }
  function apply() {
    var c = choice();
    var root = document.documentElement;
    root.setAttribute('data-theme', c === 'auto' ? (media.matches ? 'dark' : 'light') : c);
    root.setAttribute('data-theme-choice', c);
  }
  apply();
  media.addEventListener('change', apply);
  window.claimwatchTheme = { choice: choice, apply: apply };
}());
