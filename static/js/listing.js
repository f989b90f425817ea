/* Faceted listings (the peer directory, the practice stories): small enhancements on top of
   htmx. Works for any `.directory` container with a `.directory__filters` <details> inside;
   without this file (or without JavaScript) the listing still works as a plain GET form. */
(function () {
  "use strict";

  var wide = window.matchMedia("(min-width: 48.0625rem)");

  function filtersIn(root) {
    return Array.prototype.slice.call(root.querySelectorAll(".directory__filters"));
  }

  // On a small screen the filters start folded away; on a wide screen they are always open.
  function foldOnSmallScreens() {
    if (wide.matches) return;
    filtersIn(document).forEach(function (filters) {
      filters.removeAttribute("open");
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", foldOnSmallScreens);
  } else {
    foldOnSmallScreens();
  }

  wide.addEventListener("change", function (event) {
    if (!event.matches) return;
    filtersIn(document).forEach(function (filters) {
      filters.setAttribute("open", "");
    });
  });

  // A live update re-renders the filters (open in the HTML); keep them as the user left them.
  var openBeforeSwap = new WeakMap();
  document.addEventListener("htmx:beforeSwap", function (event) {
    var target = event.detail.target;
    if (!target || !target.classList || !target.classList.contains("directory")) return;
    var filters = target.querySelector(".directory__filters");
    if (filters) openBeforeSwap.set(target, filters.open);
  });
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    if (!target || !openBeforeSwap.has(target)) return;
    var wasOpen = openBeforeSwap.get(target);
    openBeforeSwap.delete(target);
    if (wide.matches) return;
    filtersIn(target).forEach(function (filters) {
      filters.open = wasOpen;
    });
  });

  // Live updates leave empty fields out of the address, so shared links stay short.
  document.addEventListener("htmx:configRequest", function (event) {
    var data = event.detail.formData;
    var source = event.detail.elt || event.target;
    if (!data || !source || !source.closest || !source.closest(".directory")) return;
    Array.from(new Set(data.keys())).forEach(function (key) {
      var values = data.getAll(key);
      if (values.every(function (value) { return value === ""; })) data.delete(key);
    });
  });
})();
