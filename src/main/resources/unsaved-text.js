// Asks before the tab closes while text typed in a form has not reached the server yet (see
// DraftKeeper.java). A watched field counts as unsaved from its first keystroke until the server
// says which text it holds: the length and the Java hash of that text must match the field's text
// now, so typing that went on after the last send still counts. Fields no longer on the page
// (a dialog that was saved or closed) do not count.
(function () {
  var unsaved = new Set();

  function javaHash(text) {
    var hash = 0;
    for (var i = 0; i < text.length; i++) {
      hash = (Math.imul(31, hash) + text.charCodeAt(i)) | 0;
    }
    return hash;
  }

  window.wsgUnsavedText = {
    watch: function (field) {
      if (field.wsgWatched) {
        return;
      }
      field.wsgWatched = true;
      field.addEventListener('input', function () {
        unsaved.add(field);
      });
    },
    reached: function (field, length, hash) {
      var text = field.value || '';
      if (text.length === length && javaHash(text) === hash) {
        unsaved.delete(field);
      }
    },
    pending: function () {
      return Array.from(unsaved).filter(function (field) {
        return field.isConnected;
      }).length;
    }
  };

  window.addEventListener('beforeunload', function (event) {
    if (window.wsgUnsavedText.pending() > 0) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();
