# The layout, the careers home, the job list and job pages.
#
# Messages whose id ends in -html may hold these tags only: <a href="…">, <strong>,
# <code>, <span>, <time datetime="…">. Their values are escaped; everything else is
# plain text. Keep { $variables } as they are; move them wherever the sentence needs.

language-name = English
# The CLDR locale whose dates and numbers this language uses (default: the folder name).
language-formats = en-GB

site-name = Panopto Careers
site-careers = Careers
site-brand-html = Panopto <span>Careers</span>
site-description = Open positions at Panopto in the Americas, EMEA and APAC.
skip-to-content = Skip to content
nav-main = Main
nav-jobs = Jobs
nav-privacy = Privacy
nav-languages = Language
footer-companies = Panopto hires through Panopto, Inc. (United States), Panopto EMEA, Ltd. and Panopto APAC Ltd.
footer-privacy = Careers privacy notice
footer-cookies = Cookies
footer-feed = Jobs feed (RSS)
feed-title = Open jobs
feed-channel-title = Panopto Careers: open jobs
feed-description = Open positions at Panopto, Inc., Panopto EMEA, Ltd. and Panopto APAC Ltd.

home-title = Work with us
home-heading = Help the world learn by video
home-lead = We build the video platform that universities and companies use to teach, train and share what they know. We hire in the United States, EMEA and Asia-Pacific.
home-open-positions = Open positions
home-your-data = Your data when you apply
home-your-data-html = We use what you send only to consider you for jobs. You must be at least 18 to apply. Please do not include sensitive information such as identification numbers or health details. Read the <a href="{ $privacy_url }">careers privacy notice</a> to see how long we keep applications and how to see, correct or delete your data.

jobs-title = Open jobs
jobs-title-matching = Jobs matching “{ $query }”
jobs-title-page = (page { $page })
jobs-heading = Open jobs
search-label = Search jobs
search-keywords = Keywords
search-placeholder = e.g. engineer, sales, Rust
search-company = Company
search-all-companies = All companies
search-location = Location
search-all-locations = All locations
search-department = Department
search-all-departments = All departments
search-submit = Search
search-clear = Clear filters
jobs-count-filtered = { $count ->
    [one] 1 open position matches your search.
   *[other] { $count } open positions match your search.
}
jobs-count-all = { $count ->
    [one] 1 open position.
   *[other] { $count } open positions.
}
jobs-none-filtered = No open positions match these filters.
jobs-none = No open positions right now.
jobs-see-all = See all open positions
jobs-posted-html = Posted <time datetime="{ $datetime }">{ $date }</time>
pages-label = Pages
page-previous = Previous page
page-next = Next page
page-of = Page { $page } of { $pages }

job-location = Location:
job-department = Department:
job-employment = Employment type:
job-company = Hiring company:
job-description = { $title } at { $company }, { $location }.
job-all-jobs = All jobs
job-hiring-company = Hiring company
job-pay = Pay
job-posted = Posted
job-apply-by = Apply by
job-apply = Apply for this job
job-data-note-html = Your application goes to { $company } and is stored in the United States: see the <a href="{ $privacy_url }">careers privacy notice</a>.
job-shown-in = This job is described in { $language } only.
employment-full_time = Full time
employment-part_time = Part time
employment-contract = Contract
employment-temporary = Temporary
employment-internship = Internship
# Pay: "USD 165,000–215,000 a year". The amounts come formatted for the language.
salary-year = { $currency } { $min }–{ $max } a year
salary-hour = { $currency } { $min }–{ $max } an hour
