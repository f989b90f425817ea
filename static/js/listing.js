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

  // A live update re-renders the listing. htmx puts focus back on an element with the same id
  // (a ticked option, the search box); the filters come back open (as in the HTML).
  var beforeSwap = new WeakMap();
  document.addEventListener("htmx:beforeSwap", function (event) {
    var target = event.detail.target;
    if (!target || !target.classList || !target.classList.contains("directory")) return;
    var filters = target.querySelector(".directory__filters");
    var openMore = Array.prototype.map.call(
      target.querySelectorAll(".directory__filters details[open] > summary[id]"),
      function (summary) { return summary.id; }
    );
    beforeSwap.set(target, {
      open: filters ? filters.open : null,
      openMore: openMore,
      focused: target.contains(document.activeElement),
      focusedId: target.contains(document.activeElement) ? document.activeElement.id : "",
    });
  });
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    if (!target || !beforeSwap.has(target)) return;
    var state = beforeSwap.get(target);
    beforeSwap.delete(target);
    // Keep the filters folded or unfolded as the user left them.
    if (!wide.matches && state.open !== null) {
      filtersIn(target).forEach(function (filters) {
        filters.open = state.open;
      });
    }
    // "More…" lists the user had opened stay open.
    state.openMore.forEach(function (id) {
      var summary = document.getElementById(id);
      if (summary && summary.parentElement && target.contains(summary)) {
        summary.parentElement.open = true;
      }
    });
    if (!state.focused || target.contains(document.activeElement)) return;
    // htmx could not focus the element again while its "more…" list was still closed.
    var again = state.focusedId && document.getElementById(state.focusedId);
    if (again && target.contains(again)) {
      again.focus();
      if (document.activeElement === again) return;
    }
    // What had focus is gone (a removed filter chip, a page link): go to the new result count,
    // so keyboard and screen reader users continue from there instead of from the page top.
    var heading =
      target.querySelector(".directory__results h2") ||
      target.querySelector(".directory__results");
    if (!heading) return;
    if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    heading.focus();
  });

  // Typing in the search box waits for "Zoeken" or Enter: a change event from it (leaving the
  // box) sends nothing. Done here, not with an hx-trigger filter, which htmx evaluates with
  // Function() and a Content-Security-Policy without 'unsafe-eval' would block.
  document.addEventListener("htmx:confirm", function (event) {
    var trigger = event.detail.triggeringEvent;
    if (!trigger || trigger.type !== "change" || !trigger.target) return;
    if (trigger.target.type === "search" && trigger.target.closest(".directory")) {
      event.preventDefault();
    }
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
