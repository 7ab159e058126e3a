/*
 * TrialConnect embeddable "get in touch" form (docs/embed.md).
 *
 *   <div data-trialconnect-study="NCT07068126" data-partner="pk_…" data-lang="ar"></div>
 *   <script src="https://YOUR-TRIALCONNECT/embed.js" async></script>
 *
 * Replaces each such element with an iframe of /embed/studies/:nctId from the origin this script
 * was loaded from, and keeps the frame as tall as the form (the frame posts its height). No
 * cookies, no access to the host page: everything the family types stays inside the frame.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var origin = new URL(script && script.src ? script.src : window.location.href).origin;
  var frames = [];

  function mount(element) {
    if (element.getAttribute('data-trialconnect-mounted')) return;
    var nctId = (element.getAttribute('data-trialconnect-study') || '').trim().toUpperCase();
    if (!/^NCT\d{8}$/.test(nctId)) return;
    var lang = element.getAttribute('data-lang');
    // The partner's key: without it the form may only be framed by our own pages.
    var partner = (element.getAttribute('data-partner') || '').trim();
    var query = [];
    if (partner) query.push('partner=' + encodeURIComponent(partner));
    if (lang) query.push('lang=' + encodeURIComponent(lang));
    var src = origin + '/embed/studies/' + nctId + (query.length ? '?' + query.join('&') : '');
    var frame = document.createElement('iframe');
    frame.src = src;
    frame.title = element.getAttribute('data-title') || 'Get in touch with the study team (' + nctId + ')';
    frame.loading = 'lazy';
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    // Geolocation only when the family agrees inside the form; nothing else is allowed.
    frame.allow = 'geolocation ' + origin;
    frame.style.cssText = 'display:block;width:100%;max-width:640px;height:900px;border:0;color-scheme:light;';
    element.setAttribute('data-trialconnect-mounted', 'true');
    element.appendChild(frame);
    frames.push(frame);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !event.data || event.data.type !== 'trialconnect:height') return;
    var height = Number(event.data.height);
    if (!(height > 0 && height < 20000)) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(height) + 'px';
    }
  });

  function mountAll() {
    var elements = document.querySelectorAll('[data-trialconnect-study]');
    for (var i = 0; i < elements.length; i++) mount(elements[i]);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
