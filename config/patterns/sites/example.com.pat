# Per-site overrides: a file named after a domain applies to pages from that
# domain and its subdomains (news.example.com uses example.com.pat), on top
# of common.pat and the page language's set. Same format as common.pat.
# Keep site rules for chrome that only one site prints; a family of phrases
# that many sites share belongs in lang/<code>.pat.
#
# [drop]
# Example Weekly Newsletter
# [footer]
# Example Media Group
