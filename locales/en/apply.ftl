# Applying: the form, its messages, the sensitive-data review, the confirmation and the
# applicant's status page.

apply-title = Apply: { $title }
apply-back = Back to the job
apply-sensitive-title = Please do not send sensitive information
apply-sensitive-intro = Do not include, in the form or in your resume:
apply-sensitive-ids = government identification numbers, such as a US Social Security number or a National Insurance number;
apply-sensitive-beliefs = racial or ethnic origin, political opinions, religion or other beliefs;
apply-sensitive-health = health, biometric or genetic information;
apply-sensitive-other = criminal background, or trade-union membership.
apply-sensitive-check = We check what you send for such information and will ask you to review it before your application is submitted.
form-errors-title = Please correct the following
apply-trap = Leave this field empty
field-full-name = Full name
field-email = Email
field-email-hint = We send your confirmation and a link to follow your application here.
field-phone = Phone
field-optional = (optional)
field-country = Country where you live
field-choose-country = Choose a country
field-dob = Date of birth
field-dob-hint = Used only to check that you are at least 18, then discarded: it is never stored and never shown to anyone. That is also why you need to enter it again if the form comes back to you.
field-resume = Resume
field-resume-hint = PDF, Word (.docx) or plain text, at most { $mib } MB.
field-resume-again = Please attach it again.
field-cover-letter = Cover letter
field-profile = Profile or portfolio link
consents = Consents
consent-privacy-html = I have read the <a href="{ $privacy_url }">careers privacy notice</a>.
consent-transfer = I agree that my application, sent to { $company }, is transferred to and processed in the United States.
consent-transfer-hint = Required if you live outside the United States.
consent-talent-pool = Keep my application to consider me for other positions at any Panopto company.
consent-talent-pool-hint = Optional. We keep it for { $months } months and remind you before it expires.
apply-send = Send application

# Field messages (domain/application.rs and friends).
name-required = Please enter your full name.
name-too-long = Your name can be at most 200 characters long.
name-control = Your name contains characters that are not allowed (such as line breaks).
email-required = Please enter your email address.
email-too-long = Your email address can be at most 254 characters long.
email-invalid = Please enter a valid email address, like name@example.com.
phone-too-long = A phone number can be at most 32 characters long.
phone-invalid = A phone number may contain only digits, spaces and + - ( ).
cover-letter-too-long = The cover letter can be at most 10,000 characters long.
cover-letter-control = The cover letter contains characters that are not allowed.
url-invalid = Please enter a full web address starting with https:// (or leave it empty).
dob-required = Please enter your date of birth.
dob-format = Please enter your date of birth as YYYY-MM-DD, for example 1990-04-23.
dob-check = Please check your date of birth.
country-required = Please choose the country where you live.
consent-privacy-required = Please confirm that you have read the privacy notice.
consent-transfer-required = Applicants outside the United States must agree to the transfer of their application.
resume-required = Please attach your resume.
form-too-fast = That was quicker than a person can fill in the form. Please check your answers and send it again.
resume-encrypted = Your resume is password-protected. Please upload a version without a password.
resume-too-complex = Your resume is too complex for us to read. Please upload a simpler version, for example a PDF saved from a word processor.
resume-unreadable = Your resume could not be read. It may be damaged: please export it again and upload the new file.
resume-macros = Your resume contains macros. Please save it as a plain Word document (.docx, not .docm) or as a PDF and upload that file.
resume-objects = Your resume contains embedded objects or controls. Please save it as a plain document without them, or as a PDF, and upload that file.
resume-scripts = Your resume contains scripts, attachments or interactive content. Please upload a plain document, for example a PDF printed or exported from a word processor.

# Refusals shown as pages.
underage-title = Applicants must be at least 18
underage-text = We can only consider applications from people who are 18 or older. Nothing you sent has been kept.
unsupported-type-text = We accept resumes as PDF, Word (.docx) or plain text files only. The file you chose is none of these, whatever its name. Nothing you sent has been kept.
duplicate-title = You have already applied for this job
duplicate-text = We already have your application for this job, so nothing was changed. The email we sent you has a link to follow it.
infected-title = Your resume did not pass our virus check
infected-text = Our virus scanner found malicious content in the file you chose, so we deleted it and kept nothing you sent. Please scan your computer, save a clean copy of your resume and apply again.
scanner-down-title = We cannot check files right now
scanner-down-text = Every resume is checked for viruses before we accept it, and our scanner is not answering at the moment. Nothing you sent has been kept. Please try again in a few minutes.
rate-limited-text = We have received several applications from your network in the last hour. Please try again later.
form-expired-text = The form had expired or was not sent from this site. Please go back, reload the page and try again.
honeypot-text = Your application could not be accepted. Please reload the page and fill in the visible fields only.
form-unchecked-text = The form could not be checked. Please reload the page and try again.
review-expired = This review has expired or was already used, and what you sent has been deleted. Please apply again.

# The sensitive-data review.
review-title = Please review your application
review-intro-html = Your application for <strong>{ $title }</strong> has <strong>not been sent yet</strong>. We found information that looks sensitive. We do not need it to consider you, and we ask you not to send it.
review-found = What we found
review-where = Where
review-what = What it looks like
review-text = Text (numbers masked)
review-expires = This review expires in one hour; after that, what you sent is deleted.
review-edit = Go back and edit
review-edit-hint = Your answers are kept; you will need to enter your date of birth and attach your resume again.
review-submit = Submit anyway
review-submit-hint = Reviewers will see that sensitive information was found, with identification numbers masked.
source-cover_letter = Cover letter
source-resume = Resume
category-government_id = Government identification number
category-payment_card = Payment card number
category-racial_or_ethnic_origin = Racial or ethnic origin
category-political_opinions = Political opinions
category-religion_or_beliefs = Religion or beliefs
category-health = Health
category-biometric = Biometric data
category-genetic = Genetic data
category-criminal_background = Criminal background
category-trade_union = Trade-union membership

# After sending.
sent-title = Application sent
sent-heading = Thank you: your application was sent
sent-reference-html = Your reference is <strong class="reference">{ $reference }</strong>.
sent-text = We have sent you an email with a personal link where you can follow your application and withdraw it if you change your mind. If it does not arrive within a few minutes, check your spam folder.
sent-more-jobs = See other open jobs
status-title = Your application
status-job = Job
status-reference = Reference
status-sent = Sent
status-status = Status
status-withdraw-text = If you no longer want to be considered for this job, you can withdraw your application. This cannot be undone; your data is then deleted after 30 days.
status-withdraw = Withdraw my application
status-rights-html = To see, correct or delete all the data we hold about you, see the <a href="{ $rights_url }">privacy notice</a>.
status-withdrawn = Your application has been withdrawn.
status-not-withdrawable = This application can no longer be withdrawn.
stage-submitted = Received: waiting for review
stage-screening = In review
stage-interview = In review
stage-offer = Offer made
stage-hired = Hired
stage-rejected = Not selected
stage-withdrawn = Withdrawn by you
