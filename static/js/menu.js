/* The main menu on a phone: a disclosure button (aria-expanded) that folds the navigation away.
   Without this file the button stays hidden and the menu simply shows, wrapped. */
(function () {
  "use strict";

  function setUp(button) {
    var header = button.closest(".site-header");
    var nav = document.getElementById(button.getAttribute("aria-controls"));
    if (!header || !nav) return;

    function setOpen(open) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
      header.classList.toggle("site-header--menu-open", open);
    }

    button.hidden = false;
    header.classList.add("site-header--menu");
    setOpen(false);

    button.addEventListener("click", function () {
      setOpen(button.getAttribute("aria-expanded") !== "true");
    });
    // Escape closes the open menu and gives the focus back to its button.
    header.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || button.getAttribute("aria-expanded") !== "true") return;
      setOpen(false);
      button.focus();
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll(".menu-toggle[aria-controls]"), setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
