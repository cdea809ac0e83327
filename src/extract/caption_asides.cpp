#include "caption_asides.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "kg/text.hpp"

namespace kg::extract {

void drop_caption_positions(SyntaxSentence& s) {
  static constexpr std::array<std::string_view, 4> kPositions{"left", "right", "centre", "center"};
  static constexpr std::array<std::string_view, 7> kBracketed{"L", "R", "C", "left", "right", "centre", "center"};
  for (std::size_t i = 1; i + 2 < s.size(); ++i) {
    // "X (L) and Y shake hands".
    if (s[i].form == "(" && s[i + 2].form == ")" && s[i - 1].upos == "PROPN" &&
        std::find(kBracketed.begin(), kBracketed.end(), std::string_view(s[i + 1].form)) != kBracketed.end()) {
      s.erase(s.begin() + static_cast<std::ptrdiff_t>(i), s.begin() + static_cast<std::ptrdiff_t>(i + 3));
      continue;
    }
    const std::string_view word = s[i + 1].form;
    if (s[i].form != "," || s[i - 1].upos != "PROPN" || (s[i + 2].form != "," && s[i + 2].form != ".") ||
        std::find(kPositions.begin(), kPositions.end(), word) == kPositions.end())
      continue;
    // ", left, and Y" and ", centre, talks with": the aside and both its
    // commas. (Not before a name or an article: in "A, centre, B, right,
    // and C" or "A, left, the minister of Y" the comma after it is the
    // list's or the apposition's, and the parser reads them right.)
    if (s[i + 2].form == "," && i + 3 < s.size() && (s[i + 3].upos == "DET" || s[i + 3].upos == "PROPN")) continue;
    const std::size_t n = s[i + 2].form == "," ? 3 : 2;
    s.erase(s.begin() + static_cast<std::ptrdiff_t>(i), s.begin() + static_cast<std::ptrdiff_t>(i + n));
  }
}

}  // namespace kg::extract
