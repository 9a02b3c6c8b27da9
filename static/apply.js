// Shows the transfer consent only to applicants who live outside the United States
// (SPEC 4.2). Without JavaScript it is always shown, and the server decides anyway.
document.addEventListener("DOMContentLoaded", function () {
  var country = document.getElementById("country");
  var consent = document.getElementById("transfer-consent");
  if (!country || !consent) {
    return;
  }
  function update() {
    consent.hidden = country.value === "US";
  }
  country.addEventListener("change", update);
  update();
});
