// Loaded first by every cross-engine host page (tests/helpers/engines.ts):
// records page errors, unhandled rejections, console errors and CSP
// violations in the page, so every engine reports them the same way.
(function () {
  var log = (window.__hkErrors = []);
  addEventListener('error', function (e) {
    log.push('pageerror: ' + (e.error && e.error.stack ? e.error.stack : e.message));
  });
  addEventListener('unhandledrejection', function (e) {
    log.push('unhandledrejection: ' + String(e.reason && e.reason.stack ? e.reason.stack : e.reason));
  });
  document.addEventListener('securitypolicyviolation', function (e) {
    log.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
  });
  var error = console.error;
  console.error = function () {
    log.push('console: ' + Array.prototype.map.call(arguments, String).join(' '));
    return error.apply(console, arguments);
  };
})();
