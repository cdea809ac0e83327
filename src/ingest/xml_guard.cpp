// DOCTYPE/ENTITY detection in an XML prolog, and byte offsets as LINE:COL.
#include "xml_guard.hpp"

#include "kg/text.hpp"

namespace kg::ingest {

std::optional<std::string> hostile_xml(std::string_view xml) {
  // The prolog: everything before the first element's start tag, with
  // comments and processing instructions stepped over.
  std::size_t pos = 0;
  while (pos < xml.size()) {
    pos = xml.find('<', pos);
    if (pos == std::string_view::npos) return std::nullopt;
    const std::string_view rest = xml.substr(pos);
    if (rest.starts_with("<?")) {
      pos = xml.find("?>", pos + 2);
    } else if (rest.starts_with("<!--")) {
      pos = xml.find("-->", pos + 4);
    } else if (rest.starts_with("<!")) {
      const std::string word = to_lower_ascii(rest.substr(0, 9));
      if (word == "<!doctype") {
        const std::string decl = to_lower_ascii(rest.substr(0, 1u << 16));
        if (decl.find("<!entity") != std::string::npos)
          return "refused: the XML declares entities (<!ENTITY>); external entities and entity expansion "
                 "(XXE, billion laughs) are not allowed";
        return "refused: the XML has a DOCTYPE declaration; DTDs and external entities are not allowed in feeds";
      }
      if (to_lower_ascii(rest.substr(0, 8)) == "<!entity")
        return "refused: the XML declares entities (<!ENTITY>); external entities and entity expansion "
               "(XXE, billion laughs) are not allowed";
      return std::nullopt;
    } else {
      return std::nullopt;  // the root element: the prolog is over
    }
    if (pos == std::string_view::npos) return std::nullopt;
  }
  return std::nullopt;
}

std::string line_col(std::string_view text, std::size_t offset) {
  std::size_t line = 1, col = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++col;
    }
  }
  return std::to_string(line) + ":" + std::to_string(col);
}

}  // namespace kg::ingest
