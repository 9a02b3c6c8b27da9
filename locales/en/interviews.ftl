# The applicant's interview pages: choosing a time from the link in the mail.

pick-title = Choose your interview time
pick-intro-html = { $step } for <strong>{ $title }</strong>, { $minutes } minutes.
pick-zone = Show the times in
pick-show = Show
pick-times-in = Times in { $zone }
pick-book = Book this time
pick-none-free = None of the times offered is free any more. Please reply to the email that sent you this link, and we will find another time with you.
pick-footer-html = Once you book, you and the interviewers receive a calendar invitation by email. Your data is handled as our <a href="{ $privacy_url }">careers privacy notice</a> explains.
pick-choose = Please choose one of the times.
pick-taken = Sorry, that time was taken a moment ago. Please choose another one.
pick-settled = This interview has just been arranged, perhaps from another window: your invitation is on its way by email.
pick-gone = This link has expired or the interview has been arranged already. If you have not received an invitation, please reply to the email that sent you the link.
booked-title = Your interview is booked
booked-text-html = { $step } for <strong>{ $title }</strong>: { $when }, { $minutes } minutes.
booked-invitation = A calendar invitation is on its way to your email. If the time stops suiting you, reply to that email.
