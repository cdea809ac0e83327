// An interned, immutable string held as one pointer: for the short,
// repetitive strings stored on every edge and evidence (what, role, rule), so
// a loaded graph stays small. Reads like a std::string / std::string_view.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

namespace kg {

class Interned {
 public:
  Interned() = default;
  Interned(std::string_view s) : p_(intern(s)) {}  // NOLINT: implicit on purpose
  Interned(const std::string& s) : p_(intern(s)) {}
  Interned(const char* s) : p_(s ? intern(s) : nullptr) {}

  const std::string& str() const { return p_ ? *p_ : empty_string(); }
  operator const std::string&() const { return str(); }
  operator std::string_view() const { return str(); }
  const char* c_str() const { return str().c_str(); }
  const char* data() const { return str().data(); }
  std::size_t size() const { return p_ ? p_->size() : 0; }
  bool empty() const { return size() == 0; }

  friend bool operator==(const Interned& a, const Interned& b) { return a.p_ == b.p_; }
  friend bool operator==(const Interned& a, std::string_view b) { return a.str() == b; }
  friend bool operator==(const Interned& a, const char* b) { return a.str() == b; }
  friend bool operator==(const Interned& a, const std::string& b) { return a.str() == b; }
  friend std::ostream& operator<<(std::ostream& out, const Interned& s) { return out << s.str(); }

 private:
  // The one copy of s (nullptr for the empty string); thread-safe, never freed.
  static const std::string* intern(std::string_view s);
  static const std::string& empty_string();

  const std::string* p_ = nullptr;
};

}  // namespace kg
