# Error pages.

error-code = Error { $status }
error-reference-html = If you contact us about this, please quote reference <code>{ $reference }</code>.
error-400-title = Bad request
error-400-text = The request could not be understood. Please check the address or the form and try again.
error-403-title = Not allowed
error-403-text = You are not allowed to do this. If you submitted a form, reload the page and try again.
error-404-title = Page not found
error-404-text = There is nothing at this address. The job may have been filled or the link may be mistyped.
error-405-title = Method not allowed
error-405-text = This address does not accept that kind of request.
error-409-title = Already done
error-409-text = This has already been done, so nothing was changed.
error-410-title = No longer available
error-410-text = What you are looking for has been removed.
error-413-title = File too large
error-413-text = The upload is larger than we accept. Please send a smaller file.
error-415-title = File type not accepted
error-415-text = We accept PDF, Word (.docx) and plain text files only.
error-422-title = Please check your input
error-422-text = Some of what you entered could not be accepted.
error-429-title = Too many requests
error-429-text = You have sent too many requests in a short time. Please wait a while and try again.
error-503-title = Temporarily unavailable
error-503-text = The service is busy or under maintenance. Please try again in a few minutes.
error-500-title = Something went wrong
error-500-text = An unexpected error occurred on our side. It has been logged; please try again later.
error-other-title = Request failed
error-other-text = The request could not be completed.
job-closed-title = This job is closed
job-closed-text = The position is no longer accepting applications. Other open roles are listed on the jobs page.
busy-title = The portal is busy
busy-text = Too many people are using the portal at this moment. Please try again in a few seconds.
sign-in-busy-title = Too many sign-ins at once
sign-in-busy-text = The portal is checking many passwords right now. Please try again in a few seconds.
form-not-multipart = The form must be sent as multipart/form-data.
form-unreadable = The form data could not be read.

# Staff pages (in English on the site, but an error page can be reached in any language).
staff-link-gone = This link has been used or has expired. Ask an HR admin to send you a new one.
staff-setup-gone = This setup link no longer works: an HR admin account exists already.
staff-export-job = Choose the job to export: /staff/export.csv?job=<id>.
