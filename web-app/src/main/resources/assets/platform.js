// Every htmx request carries the session's CSRF token, read from the page's meta tag (no inline script:
// the platform's Content-Security-Policy allows only its own script files).
document.addEventListener("htmx:configRequest", function (event) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) {
    event.detail.headers["X-CSRF-Token"] = meta.getAttribute("content");
  }
});
