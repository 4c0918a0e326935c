import dev.dibs.maven.it.ItServer

// A real server where app_owner (password known only to this script and, encrypted, to settings.xml)
// owns the database. The build gets the URL alone; verify.groovy stops the server.
def server = ItServer.start()
context.put('itServer', server)
def app = server.ownedDatabase('app', 'app_owner', 'app-owner-Secret-8731')
context.put('app', app)

def props = context.get('userProperties')
props.put('dibs.url', app.url())
// Maven reads the master password from here (a team has it in ~/.m2/settings-security.xml)
props.put('settings.security', new File(basedir, 'settings-security.xml').absolutePath)
return true
