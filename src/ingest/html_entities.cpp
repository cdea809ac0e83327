// HTML5 named character references (html_entities.hpp).
#include "html_entities.hpp"

#include <algorithm>
#include <cstddef>

namespace kg::ingest {

namespace {

struct NamedReference {
  std::string_view name, value;
};

constexpr NamedReference kReferences[] = {
#include "html5_entities.inc"
};

// The longest name in the table ("CounterClockwiseContourIntegral", 31).
constexpr std::size_t kMaxName = 31;

}  // namespace

std::string_view html5_entity(std::string_view name) {
  const auto* end = std::end(kReferences);
  const auto* at = std::lower_bound(std::begin(kReferences), end, name,
                                    [](const NamedReference& r, std::string_view n) { return r.name < n; });
  return at != end && at->name == name ? at->value : std::string_view();
}

std::size_t named_reference_at(const char* s, std::string_view& value) {
  if (*s != '&') return 0;
  std::size_t n = 1;
  while (n <= kMaxName && ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z') || (s[n] >= '0' && s[n] <= '9')))
    ++n;
  if (n == 1 || s[n] != ';') return 0;
  value = html5_entity(std::string_view(s + 1, n - 1));
  return value.empty() ? 0 : n + 1;
}

}  // namespace kg::ingest
