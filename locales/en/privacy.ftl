# The careers privacy notice, the cookies page, and applicants' privacy requests.

privacy-title = Careers privacy notice
privacy-lead = This notice explains what happens to the information you give us when you apply for a job through this site: what we collect, why, who sees it, where it is kept, for how long, and what you can do about it.
privacy-toc = On this page
privacy-who = Who we are
privacy-what = What we collect
privacy-why = Why we use it
privacy-sharing = Who sees it
privacy-transfer = Where it is stored
privacy-minors = Applicants under 18
privacy-sensitive = Sensitive information
privacy-retention = How long we keep it
privacy-rights = Your rights and how to use them
privacy-security = Security
privacy-contact = Contact
privacy-who-text = Panopto hires through several companies. The company that posts a job is the one you apply to, and it decides what happens with your application:
privacy-who-runs = Panopto, Inc. in Seattle, United States, runs this careers site for all of them.
privacy-what-form = What you type into the application form: your name, email address, phone number (optional), the country you live in, your cover letter and a profile link (both optional).
privacy-what-resume = Your resume, as the file you upload, and the text we read from it so that reviewers can search and preview it.
privacy-what-choices = Your choices: that you read this notice, your consent to the transfer described below, and whether you want to be considered for other jobs.
privacy-what-process = What happens to your application: its stage, notes and ratings written by the people reviewing it, your interviews and the interviewers' feedback, and any offer made to you.
privacy-what-dob = We ask for your date of birth only to check that you are at least 18. We use it for that check while your form is being received and then discard it: it is never stored, never written to our logs and never shown to anyone. We keep only the fact that the check passed, and when.
privacy-what-ip = Our servers see your IP address, as every website does. We use it only, for a short time and in a form that cannot be read back, to stop floods of automated submissions. We use no analytics or advertising tools.
privacy-why-text = We use your information to consider you for the job you applied for, to contact you about it, and to keep the records employment law expects of us. If you opt in, we also consider you for other positions at any Panopto company for a limited time. We do not use it for marketing and we do not sell it.
privacy-sharing-text = Only the people who need to: the recruiters and hiring managers of the company that posted the job, the managers assigned to that job, and a small HR team that looks after records, retention and privacy requests. Staff of another Panopto company do not see your application unless you agreed to be considered for other positions. Every time a staff member opens an application or downloads a resume, it is recorded.
privacy-sharing-outside = We do not share applications outside Panopto, except with service providers who run our systems for us under contract and confidentiality, or where the law obliges us to.
privacy-transfer-text = Everything you send through this site is stored and processed in the United States, whichever company you apply to. If you live outside the United States, we ask for your explicit consent to that transfer, and to processing by the Panopto company that posted the job, before we accept your application. Without that consent we cannot process your application.
privacy-minors-text = You must be at least 18 years old to apply. If the age check shows you are younger, your application is refused and nothing you sent is kept. If we later learn that an applicant is under 18, we delete their application at once.
privacy-sensitive-text = Please do not send us sensitive information: government identification numbers (such as a US Social Security number), racial or ethnic origin, political opinions, religion or other beliefs, health, biometric or genetic data, criminal background, or trade-union membership. We do not need it to consider you. When you apply, we look for such information in your form and resume and, if we find any, show you what we found so you can remove it before your application is submitted.
privacy-retention-rejected = If you are not offered the job, we anonymise your application one year after the decision: your name, contact details, cover letter, resume and reviewers' notes are removed, and only statistics without your identity remain.
privacy-retention-withdrawn = If you withdraw your application, we delete it 30 days later.
privacy-retention-pool = If you agree to be considered for other positions, we keep your application for { $months } months, remind you before that time ends, and anonymise it then unless you renew your consent.
privacy-retention-hired = If you are hired, your application moves to your employee records, which are covered by a separate notice.
privacy-retention-legal = We may have to keep an application longer when the law requires it, for example during a legal dispute. While such an obligation lasts, your data is kept and protected; it is removed when the obligation ends.
privacy-rights-text = You can ask to see the data we hold about you (and receive a copy to download), to correct it, to delete it, or to withdraw your applications. To make sure only you can do this, each request is confirmed through a link we send to the email address you used when applying, and applies to the data linked to that address only.
privacy-rights-form-html = Use the <a href="{ $form_url }">privacy request form</a>, or write to us (below). We answer within 30 days. When we delete your data at your request we send you a receipt saying what was removed and what anonymous record remains. The email with your application confirmation also holds a personal link to see its status and withdraw it.
privacy-rights-authority = If you live in the United Kingdom, the European Economic Area or another country with data protection law, you may also complain to your local data protection authority.
privacy-security-text = Applications are reachable only by signed-in staff with a need to know, over encrypted connections. Resumes are stored privately and never published. No system is perfectly secure, but we work to protect your information in line with its sensitivity.
privacy-contact-html = Questions or requests about your data: <a href="mailto:{ $email }">{ $email }</a>, or by post to Panopto, Inc., attention of the Data Protection Officer, 506 2nd Avenue, Suite 1600, Seattle, WA 98104, United States.
privacy-updated = We will update this notice when our practices change, and show the date of the latest change here. Last updated: { $date }.
privacy-translation-html = This translation is provided for your convenience; if it differs from the <a href="{ $english_url }">English notice</a>, the English notice applies.

cookies-title = Cookies
cookies-intro = This site sets only the cookies it needs to work. There are no analytics, advertising or tracking cookies, and nothing is loaded from other websites.
cookies-caption = Cookies set by this site
cookies-name = Name
cookies-why = Why
cookies-how-long = How long
cookies-who = Who gets it
cookies-outro = Because these cookies are strictly necessary, we do not ask for consent to set them. You can block or delete cookies in your browser; staff sign-in and form submissions will then not work.
cookie-csrf-purpose = Protects the forms you submit (applications, privacy requests, staff forms) against cross-site request forgery.
cookie-csrf-lifetime = One week
cookie-csrf-who = Anyone who opens a form
cookie-flash-purpose = Carries a one-time message (such as “your request was sent”) to the next page, then is removed.
cookie-flash-lifetime = Removed as soon as the message is shown
cookie-flash-who = Anyone, after submitting a form
cookie-session-purpose = Keeps staff members signed in. Encrypted and unreadable by scripts.
cookie-session-lifetime = Ends after inactivity or at most a working day, and at sign-out
cookie-session-who = Staff only
cookie-sso-purpose = Staff single sign-on only: carries a sign-in to your company's sign-in service and back, then what signs you out of it there. Encrypted and unreadable by scripts.
cookie-sso-lifetime = Ten minutes for a sign-in in progress; then until sign-out, at most a working day
cookie-sso-who = Staff who sign in with their company account

request-title = Your data: make a request
request-heading = See, correct or delete your data
request-intro = Tell us the email address you applied with and what you would like us to do. If we hold data for that address, we send a link to it; the request goes ahead only once you open the link and confirm. The link works once, for 24 hours.
request-email = Email address you applied with
request-kind = What would you like us to do?
request-kind-access = See and download my data
request-kind-correction = Correct my contact details
request-kind-deletion = Delete my data
request-kind-withdraw = Withdraw all my open applications
request-kind-required = Please choose what you would like us to do.
request-send = Send me the link
request-footer-html = How we use and keep your data: the <a href="{ $privacy_url }">careers privacy notice</a>. We answer every confirmed request within 30 days.
requested-title = Check your email
requested-text = If we hold data for this address, we have sent a link to it. Open the link within 24 hours to confirm your request; nothing happens until you do.
requested-spam = If no email arrives within a few minutes, check your spam folder. If we hold no data for the address, no email is sent.
request-rate-limited = We have received several requests from your network in the last hour. Please try again later.
link-gone-title = This link no longer works
link-gone-text = This link has expired or was already used. You can make a new request from the privacy request form.
see-open-jobs = See open jobs

verify-title = Confirm your request
verify-access-text-html = Download one archive (ZIP) holding everything we keep about your email address: a <code>data.json</code> file with your contact details, your applications with their history and reviewers' notes, your interviews and the feedback about you, the emails we sent you and your privacy requests, and the resume files you sent.
verify-download = Download my data
verify-access-once = This link works once: keep the archive somewhere safe.
verify-correction-text = Correct the contact details we hold for you. They apply to all your applications.
verify-transfer = I agree that my applications are transferred to and processed in the United States.
verify-save = Save my details
verify-deletion-text = { $count ->
    [one] We will delete everything we hold about your email address: 1 application with its resume, cover letter, reviewers' notes, ratings, interviews, feedback and stage history, your contact details, any submission waiting for your review, and the emails we sent you.
   *[other] We will delete everything we hold about your email address: { $count } applications with their resumes, cover letters, reviewers' notes, ratings, interviews, feedback and stage history, your contact details, any submission waiting for your review, and the emails we sent you.
}
verify-deletion-kept = What we keep: for each application, a record in our audit log that it was deleted at your request and when, without your name, address or anything else about you; applications anonymised earlier keep only their anonymous outline (job, company, dates and stages) for hiring statistics; and this request's kind and dates. You will get a receipt by email, after which we forget your address.
verify-deletion-hold = If a legal obligation requires us to keep some of your data, or an offer to you is still open, we delete the rest now and the remainder as soon as we may, within 30 days unless the obligation lasts longer; we will tell you.
verify-delete = Delete my data
cannot-undo = This cannot be undone.
verify-withdraw-text = { $count ->
    [0] We will withdraw every application of yours that is still open: you have none at the moment. Withdrawn applications are no longer considered and are deleted after 30 days.
    [one] We will withdraw your open application. Withdrawn applications are no longer considered and are deleted after 30 days.
   *[other] We will withdraw your { $count } open applications. Withdrawn applications are no longer considered and are deleted after 30 days.
}
verify-withdraw = Withdraw my applications

done-withdrawn-title = Applications withdrawn
done-withdrawn = { $count ->
    [0] You had no open application to withdraw.
    [one] Your open application has been withdrawn.
   *[other] Your { $count } open applications have been withdrawn.
}
done-withdrawn-after = Withdrawn applications are no longer considered and are deleted after 30 days.
done-deleted-title = Your data has been deleted
done-deleted = We have deleted the data we held about your email address.
done-deleted-receipt = A receipt saying what was removed and what anonymous record remains is on its way to you; after it is sent we also forget your address.
done-confirmed-title = Your request is confirmed
done-held = We have deleted what we could. A legal obligation requires us to keep some of your data for now; we delete it as soon as that obligation ends, and then send you a receipt.
done-held-after = Your request stays open with our HR team until then.
done-offer = An offer to you is still open, so our HR team will complete your request by hand.
done-offer-after = We will delete your data by { $date } at the latest and send you a receipt.
done-corrected-title = Your details are corrected
done-corrected = We have saved your corrected contact details for all your applications.

renew-title = Stay in our talent pool
renew-text-html = You agreed that we may consider you for other positions at any Panopto company. That consent ends on <strong>{ $date }</strong>; then we anonymise your applications, unless one is still open.
renew-renewed-html = If you renew it, we keep your applications and may contact you about other positions until <strong>{ $until }</strong>, and remind you again before then. You can withdraw your applications or have your data deleted at any time through the <a href="{ $form_url }">privacy request form</a>.
renew-button = Renew my consent
renew-do-nothing = To let it end, do nothing.
renewed-title = You stay in our talent pool
renewed-text = Thank you. We may consider you for other positions until { $date }, and will remind you before then.
