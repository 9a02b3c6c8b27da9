# Mails to applicants, in the language they applied in (plain text; lines are kept as
# written). Addresses ({ $…url }) are whole links: keep them on a line of their own.

mail-signature = Panopto Careers

mail-received-subject = We received your application: { $title }
mail-received-body =
    Hello { $name },

    Thank you for applying for { $title } at { $company }.
    Your reference is { $reference }.

    You can see the status of your application, and withdraw it if you wish, at this
    personal link (keep it to yourself; anyone with it can see the status):

    { $status_url }

    What happens next: the hiring team reviews every application and will contact you
    by email. How we use and keep your data is explained in our careers privacy notice:
    { $privacy_url }

    Panopto Careers

mail-stage-subject = Your application for { $title }: an update
mail-stage-body =
    Hello { $name },

    { $stage ->
        [screening] Your application for { $title } (reference { $reference }) is now being reviewed by the hiring team.
        [interview] Good news: the hiring team would like to interview you for { $title } (reference { $reference }). They will contact you by email to arrange a time.
        [offer] Good news: the hiring team is preparing an offer for { $title } (reference { $reference }) and will contact you with the details.
        [hired] Welcome aboard: we are glad to confirm your appointment as { $title } (reference { $reference }). The team will be in touch about your first days.
       *[rejected] Thank you for your interest in { $title } (reference { $reference }). After careful consideration, the hiring team has decided not to take your application further.
    }

    You can see the status of your application at the personal link in the confirmation
    email we sent when you applied. How we use and keep your data is explained in our
    careers privacy notice:

    { $privacy_url }

    Panopto Careers

mail-request-subject = Confirm your privacy request
mail-request-body =
    Hello { $name },

    We received a request about the data Panopto Careers holds for this email address:

        { $kind ->
            [access] See and download my data
            [correction] Correct my contact details
            [deletion] Delete my data
           *[withdraw] Withdraw all my open applications
        }

    To confirm it, open this link within { $hours } hours. It works once, and nothing
    happens until you confirm on the page it opens:

    { $link_url }

    If you did not make this request, ignore this email: nothing will change, and the
    link stops working by itself.

    Panopto Careers

mail-deleted-subject = Your data has been deleted
mail-deleted-body =
    Hello,

    As you asked on { $requested } (confirmed on { $verified }), on { $deleted }
    Panopto Careers deleted the data it held about this email address:

    - your applications, with their resumes and the text read from them, cover letters,
      reviewers' notes and ratings, interviews and interviewers' feedback, offers, and
      their stage history;
    - your contact details (name, email address, phone number, country, profile link)
      and any talent-pool consent;
    - any submission that was waiting for your review;
    - the emails we had sent you.

    What we keep, without your name, address or anything else about you:

    - for each deleted application, a record in our audit log that it was deleted at
      your request, and when;
    - for applications anonymised earlier, their anonymous outline (job, company, dates
      and stages), for hiring statistics;
    - the kind and dates of your request. Once this receipt is sent we also forget your
      email address, so we cannot contact you again.

    If you apply again in the future, that application starts afresh.

    Panopto Careers

mail-pool-subject = Stay in the Panopto talent pool?
mail-pool-body =
    Hello { $name },

    When you applied, you agreed that we may consider you for other positions at any
    Panopto company. That consent ends on { $ends }. Then we anonymise your
    applications (unless one is still open) and will not contact you about other jobs.

    To stay in our talent pool for another { $months } months, open this link and
    confirm:

    { $link_url }

    To let your consent end, do nothing.

    Panopto Careers

mail-invitation-subject = Your interview for { $title }: { $when }
mail-invitation-changed-subject = Updated: your interview for { $title }: { $when }
mail-invitation-intro =
    Hello { $name },

    We would like to invite you to an interview for { $title }.
mail-invitation-changed-intro =
    Hello { $name },

    The time or place of your interview has changed. Here are the new details.
# The facts block: the two-space indent sets it apart in plain text.
mail-invitation-facts =
    {"  "}{ $step } (reference { $reference })
    {"  "}When:  { $when } ({ $zone })
    {"  "}Length: { $minutes } minutes
    {"  "}Where: { $place }
mail-invitation-outro =
    The attached invitation adds the interview to your calendar, which shows it in your own
    time. If the time does not suit you, please reply to this email.

    How we use and keep your data is explained in our careers privacy notice:
    { $privacy_url }

    Panopto Careers

mail-cancelled-subject = Cancelled: your interview for { $title }
mail-cancelled-body =
    Hello { $name },

    Your interview for { $title } ({ $step }, reference { $reference }) on
    { $when } is cancelled. The attached cancellation takes it out of your calendar.

    If we would like to find another time, we will write to you. How we use and keep your
    data is explained in our careers privacy notice:

    { $privacy_url }

    Panopto Careers

mail-slots-subject = Choose a time for your interview for { $title }
mail-slots-intro =
    Hello { $name },

    We would like to invite you to an interview for { $title }: { $step },
    { $minutes } minutes. Please choose the time that suits you best:

    { $link_url }

    These are the times we can offer, shown in { $zone } (the page shows them in any
    time zone you choose):
mail-slots-outro =
    The link works until { $expires }. The first time you choose is booked, and you get a
    calendar invitation by email.

    How we use and keep your data is explained in our careers privacy notice:
    { $privacy_url }

    Panopto Careers
