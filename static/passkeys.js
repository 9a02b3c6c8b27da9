// Passkeys and security keys (WebAuthn) on the staff security and sign-in pages. The
// server puts the ceremony's options in <script type="application/json" id="…">; a form
// with data-passkey="…" is shown, and on submit asks the browser (create() or get()),
// puts the answer into its `credential` field as JSON and sends the form. Without
// JavaScript the form stays hidden and the page works with codes alone.
document.addEventListener("DOMContentLoaded", function () {
  if (!window.PublicKeyCredential) {
    return;
  }
  function toBytes(text) {
    var b64 = text.replace(/-/g, "+").replace(/_/g, "/");
    while (b64.length % 4) b64 += "=";
    var raw = atob(b64);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return bytes.buffer;
  }
  function toText(buffer) {
    var bytes = new Uint8Array(buffer);
    var raw = "";
    for (var i = 0; i < bytes.length; i++) raw += String.fromCharCode(bytes[i]);
    return btoa(raw).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  function withIds(list) {
    return (list || []).map(function (c) {
      return Object.assign({}, c, { id: toBytes(c.id) });
    });
  }
  async function create(options) {
    var key = options.publicKey;
    key.challenge = toBytes(key.challenge);
    key.user.id = toBytes(key.user.id);
    key.excludeCredentials = withIds(key.excludeCredentials);
    var credential = await navigator.credentials.create({ publicKey: key });
    return {
      id: credential.id,
      rawId: toText(credential.rawId),
      type: credential.type,
      response: {
        attestationObject: toText(credential.response.attestationObject),
        clientDataJSON: toText(credential.response.clientDataJSON),
      },
      extensions: credential.getClientExtensionResults(),
    };
  }
  async function get(options) {
    var key = options.publicKey;
    key.challenge = toBytes(key.challenge);
    key.allowCredentials = withIds(key.allowCredentials);
    var credential = await navigator.credentials.get({ publicKey: key });
    var response = credential.response;
    return {
      id: credential.id,
      rawId: toText(credential.rawId),
      type: credential.type,
      response: {
        authenticatorData: toText(response.authenticatorData),
        clientDataJSON: toText(response.clientDataJSON),
        signature: toText(response.signature),
        userHandle: response.userHandle ? toText(response.userHandle) : null,
      },
      extensions: credential.getClientExtensionResults(),
    };
  }
  document.querySelectorAll("form[data-passkey]").forEach(function (form) {
    var source = document.getElementById(form.dataset.passkey);
    if (!source) {
      return;
    }
    var error = form.querySelector("[data-passkey-error]");
    form.hidden = false;
    form.addEventListener("submit", async function (event) {
      event.preventDefault();
      var options = JSON.parse(source.textContent);
      try {
        var answer = form.dataset.ceremony === "create" ? await create(options) : await get(options);
        form.querySelector("input[name=credential]").value = JSON.stringify(answer);
        form.submit();
      } catch (e) {
        error.textContent = "Your device did not give a passkey (" + e.name + "). Try again, or use a code.";
        error.hidden = false;
      }
    });
  });
});
