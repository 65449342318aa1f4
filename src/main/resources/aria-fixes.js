// Vaadin marks a required Select's value button (role "button") and a required CheckboxGroup
// (role "group") with aria-required, which ARIA does not allow on those roles
// (vaadin/web-components#7337 and #2931). Screen readers learn that the field is required from
// the error message the field announces when it is left empty, so the attribute is taken away
// where the role does not allow it. One observer, only for that attribute and for added elements.
(function () {
  var misplaced = '[aria-required][role="button"], [aria-required][role="group"]';
  function fix(element) {
    if (element.nodeType !== 1) {
      return;
    }
    if (element.matches(misplaced)) {
      element.removeAttribute('aria-required');
    }
    element.querySelectorAll(misplaced).forEach(function (e) { e.removeAttribute('aria-required'); });
  }
  new MutationObserver(function (changes) {
    changes.forEach(function (change) {
      if (change.type === 'attributes') {
        if (change.target.matches(misplaced)) {
          change.target.removeAttribute('aria-required');
        }
      } else {
        change.addedNodes.forEach(fix);
      }
    });
  }).observe(document.documentElement, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['aria-required', 'role']
  });
})();
