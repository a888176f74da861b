# arXiv abstract pages (arxiv.org/abs/...): a banner, the paper's title and
# authors, the abstract, then its subjects, citation, submission history,
# download links, tool lists and the arXivLabs blurb. Everything from the
# subjects line on is chrome for an article record.

[drop]
view pdf html (experimental)

# The funding banner over every page.
[drop_contains max_words=30]
we gratefully acknowledge support from the simons foundation

# Subjects: Artificial Intelligence (cs.AI) / Submission history.
[footer]
subjects:
submission history
