def log = new File(basedir, 'build.log').text
assert log.count('The Java schema has 4 problems:') == 2 : 'diff and migrate each say the problems'
assert log.contains('com.example.Order.id: @Pk on a nullable member')
assert log.contains('com.example.Order.customerId: @References("customers.id") refers to the table public.customers, which no @Table class declares.')
assert log.contains('com.example.Order.extra: unsupported type')
assert log.contains('@Column(type = "jsonb")')
assert log.contains('com.example.Order: @Index(columns = "placed") names the column "placed"')
assert !log.contains('at dev.dibs.') : 'no stack trace for a user mistake'
assert !log.contains('dibs: applied') : 'migrate ran nothing'
return true
