// Colour theme, applied before the page paints (a classic script, so there is no flash of the wrong theme):
// 'auto' follows prefers-color-scheme; 'light' and 'dark' are the toggle's choices, kept in localStorage.
(function () {
  var choice = 'auto';
  try { choice = localStorage.getItem('claimwatch.theme') || 'auto'; } catch (e) { /* private mode */ }
  if (choice === 'light' || choice === 'dark') document.documentElement.setAttribute('data-theme', choice);
}());
